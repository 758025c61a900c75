package de.klimaflow.consultation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a municipality tells us when it asks a question. */
public record NewInquiry(
        @NotBlank @Size(max = 200) String municipality,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,
        @NotBlank @Size(max = 4000) String question) {
}
