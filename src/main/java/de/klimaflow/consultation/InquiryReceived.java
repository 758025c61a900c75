package de.klimaflow.consultation;

/** A new inquiry was stored; the process side starts its handling process in the same transaction. */
public record InquiryReceived(long inquiryId) {
}
