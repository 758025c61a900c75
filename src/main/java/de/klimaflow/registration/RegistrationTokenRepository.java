package de.klimaflow.registration;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RegistrationTokenRepository extends JpaRepository<RegistrationToken, String> {

    @Modifying
    @Query("delete from RegistrationToken t where t.registrationId = ?1")
    void deleteByRegistrationId(long registrationId);
}
