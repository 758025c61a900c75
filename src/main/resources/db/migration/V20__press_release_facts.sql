-- the facts the press release was drafted from (dates, deadline, place, contact): when they change, the draft is
-- marked out of date and can be made again
alter table event add column press_release_facts varchar(4000);
