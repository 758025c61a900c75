package de.klimaflow.regions;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, Long> {}
