package de.klimaflow.consultation;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, Long> {
}
