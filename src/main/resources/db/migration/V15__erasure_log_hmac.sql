-- the erasure log kept the plain SHA-256 of an erased address, so anyone who guessed the address could confirm it
-- was there; it now keeps a keyed HMAC. The old hashes cannot be turned into HMACs without the address: they go,
-- and the entries keep who erased and when.
update erasure_log set address_hash = 'retired';
alter table erasure_log rename column registrations to items;
