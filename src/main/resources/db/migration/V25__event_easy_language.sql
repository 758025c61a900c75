-- an optional short text in Leichte Sprache on the event's public page, written by the event team
alter table event add column easy_language varchar(2000);
