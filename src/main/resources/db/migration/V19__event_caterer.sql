-- who caters an event: the participant-list step mails them the head count and the dietary needs per part
alter table event add column caterer_name varchar(200);
alter table event add column caterer_email varchar(254);
