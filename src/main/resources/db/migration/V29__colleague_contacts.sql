-- a member's consent to be contacted by colleagues from other municipalities, with its date, withdrawable
alter table climate_manager add column contact_consent boolean not null default false;
alter table climate_manager add column contact_consent_at timestamp(6) with time zone;
