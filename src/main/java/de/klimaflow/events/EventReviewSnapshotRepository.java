package de.klimaflow.events;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventReviewSnapshotRepository extends JpaRepository<EventReviewSnapshot, Long> {}
