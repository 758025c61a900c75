package de.klimaflow.consultation;

/** How a case reached the agency; INQUIRY marks the inquiries taken over from before consultation cases. */
public enum Channel {
    WEB,
    PHONE,
    MAIL,
    INQUIRY
}
