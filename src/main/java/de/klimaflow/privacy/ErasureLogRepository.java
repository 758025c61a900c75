package de.klimaflow.privacy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureLogRepository extends JpaRepository<ErasureLogEntry, Long> {

    List<ErasureLogEntry> findByAddressHashOrderByAtDesc(String addressHash);
}
