-- when the current try of a mail began: a try of another node that began less than a job lock time ago may still
-- be sending it, so the outbox does not start a second one (NotificationService)
alter table outbound_mail add column attempted_at timestamp(6) with time zone;
