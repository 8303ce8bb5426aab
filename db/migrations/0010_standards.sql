-- the 15 service standards of decree 18/2024.
SELECT 1;
