-- a granted position records which programme granted it, with what share or amount and for how long
alter table consultation_case add column grant_programme varchar(50);
alter table consultation_case add column grant_summary varchar(300);
