-- Loket schema 15 (issue 12): the equipment inventory.
SELECT 1;
