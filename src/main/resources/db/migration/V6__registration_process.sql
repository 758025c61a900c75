-- The registration process: seats and waitlist per part, personal links stored only as hashes,
-- one active registration per e-mail address and event.
alter table registration add column needs varchar(1000);
alter table registration add column decision_reason varchar(1000);
alter table registration add column confirmed_at timestamp(6) with time zone;
-- lower-cased e-mail while the registration is active, null once it has ended: duplicates are refused
-- by the database itself, even when two arrive at the same moment
alter table registration add column active_email varchar(254);
update registration set active_email = lower(email)
    where status in ('PENDING_CONFIRMATION', 'IN_REVIEW', 'CONFIRMED', 'WAITLISTED');
create unique index registration_active_email on registration (event_id, active_email);
alter table registration drop column cancel_token;

-- per part: SEAT, WAITING (since when: first come, first served) or REQUESTED (not decided yet)
alter table registration_part add column status varchar(20) default 'REQUESTED' not null;
alter table registration_part add column waiting_since timestamp(6) with time zone;
update registration_part set status = 'SEAT'
    where registration_id in (select id from registration where status = 'CONFIRMED');
create index registration_part_seats on registration_part (event_part_id, status, waiting_since);

-- personal links: the mail carries a random token, the database only its SHA-256
create table registration_token (
    token_hash      varchar(64)  primary key,
    registration_id bigint       not null references registration (id) on delete cascade,
    purpose         varchar(20)  not null,
    expires_at      timestamp(6) with time zone not null
);
create index registration_token_registration on registration_token (registration_id);
