-- parallel sessions: parts with the same slot run side by side, each in a room of the venue, and a person takes one
alter table event_part add column slot varchar(100);
alter table event_part add column room varchar(200);
-- a registration's second choice for a session (the first is the booking's part), and, once the second choice was
-- given because the first was full, the first choice it stands in for
alter table registration_part add column second_choice_part_id bigint;
alter table registration_part add column first_choice_part_id bigint;
