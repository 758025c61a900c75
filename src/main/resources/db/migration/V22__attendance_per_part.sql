-- attendance is recorded per part: someone seated for two days may come to one
alter table registration_part add column attended boolean default false not null;
update registration_part set attended = true
    where status = 'SEAT' and registration_id in (select id from registration where attended);
alter table registration drop column attended;
