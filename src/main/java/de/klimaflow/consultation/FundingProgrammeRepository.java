package de.klimaflow.consultation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FundingProgrammeRepository extends JpaRepository<FundingProgramme, Long> {

    List<FundingProgramme> findAllByOrderByNameAsc();

    Optional<FundingProgramme> findByCode(String code);
}
