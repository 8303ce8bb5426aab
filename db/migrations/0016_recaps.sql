-- Loket schema 16 (issue 12): the monthly, quarterly and yearly reports and their review trail.
SELECT 1;
