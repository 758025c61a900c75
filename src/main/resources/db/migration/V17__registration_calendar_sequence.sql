-- each calendar mail to a registrant carries a larger SEQUENCE than the last (RFC 5545), so that a change or a
-- cancellation replaces what the person's calendar holds
alter table registration add column calendar_sequence integer default 0 not null;
