-- what the event looked like when management sent it back, so the next approval shows what changed
create table event_review_snapshot (
    event_id bigint        primary key references event (id) on delete cascade,
    taken_at timestamp(6) with time zone not null,
    content  varchar(20000) not null
);
