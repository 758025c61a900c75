-- accessibility needs apart from catering notes: the venue gets them with the person's name only with consent
alter table registration add column accessibility varchar(500);
alter table registration add column accessibility_to_venue boolean default false not null;
