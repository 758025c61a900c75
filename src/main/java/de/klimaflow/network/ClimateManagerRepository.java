package de.klimaflow.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClimateManagerRepository extends JpaRepository<ClimateManager, Long> {

    Optional<ClimateManager> findByEmailIgnoreCase(String email);

    List<ClimateManager> findAllByOrderByDistrictAscMunicipalityAscNameAsc();

    List<ClimateManager> findByNetworkMemberTrueOrderByNameAsc();

    List<ClimateManager> findByContactConsentTrueAndNetworkMemberTrue();

    List<ClimateManager> findByPublicListingTrueOrderByDistrictAscMunicipalityAscNameAsc();
}
