-- The local mail catcher moves to a database of its own: mails carry guardians' addresses and
-- pupils' first names, and the control DB must hold no personal data.
DROP TABLE `outbox`;
