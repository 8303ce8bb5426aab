-- the satisfaction survey (SKM) and its index (IKM).
SELECT 1;
