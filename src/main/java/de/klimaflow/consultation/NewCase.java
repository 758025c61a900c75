package de.klimaflow.consultation;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a municipality tells us when it asks for advice, on the public form or on the phone. */
public record NewCase(
        @NotBlank @Size(max = 200) String municipality,
        @NotBlank @Size(max = 200) String contactName,
        @NotBlank @Email @Size(max = 254) String contactEmail,

        @Nullable @Size(max = 50) @Pattern(regexp = "[0-9 +()/\\-]*")
        String contactPhone,

        @NotBlank @Size(max = 4000) String question) {}
