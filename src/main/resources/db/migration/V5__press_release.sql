-- The press-release draft, generated when the event is published and edited by the event team.
alter table event add column press_release varchar(8000);
