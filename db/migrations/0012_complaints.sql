-- complaints (pengaduan).
SELECT 1;
