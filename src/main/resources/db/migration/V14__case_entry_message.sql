-- A timeline entry of a step is kept as a message key with its arguments, so that it shows in the reader's language;
-- text keeps the German wording for everything that reads the table as it is. A staff note on a step is kept apart.
alter table case_entry add column message_key varchar(100);
alter table case_entry add column message_args varchar(4000);
alter table case_entry add column note varchar(4000);
