package de.klimaflow.regions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningRegionRepository extends JpaRepository<PlanningRegion, Long> {

    Optional<PlanningRegion> findByName(String name);

    List<PlanningRegion> findAllByOrderByNameAsc();
}
