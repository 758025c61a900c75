-- a declined join request says why: the person is told by mail (the public page promises an answer)
alter table network_join_request add column decline_reason varchar(1000);
