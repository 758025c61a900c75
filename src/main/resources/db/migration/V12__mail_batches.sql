-- Mail-outs to many recipients: one step renders every mail and queues it as a row of a batch, then each
-- row is sent by a job of its own. A row keeps its calendar file, so the send needs nothing else.
alter table outbound_mail add column calendar_ics bytea;
alter table outbound_mail add column batch_key varchar(400);
alter table outbound_mail add column batch_position integer;
create unique index outbound_mail_batch on outbound_mail (batch_key, batch_position);
create index outbound_mail_latest_batch on outbound_mail (process_instance_id, kind, batch_key);
create index outbound_mail_status on outbound_mail (status);
