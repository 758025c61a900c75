package de.klimaflow.regions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    @Query("select m from Municipality m join fetch m.district d where d.region.id = ?1 order by d.name, m.name")
    List<Municipality> findByRegion(long regionId);

    @Query("select m from Municipality m join fetch m.district d join fetch d.region order by m.name")
    List<Municipality> findAllWithRegion();

    java.util.Optional<Municipality> findFirstByNameIgnoreCase(String name);
}
