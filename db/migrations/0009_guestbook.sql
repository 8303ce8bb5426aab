-- buku tamu (service standard no. 15).
SELECT 1;
