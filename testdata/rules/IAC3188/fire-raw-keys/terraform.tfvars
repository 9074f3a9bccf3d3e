disk_key = "bm90LWEtcmVhbC1rZXktanVzdC1hLWZpeHR1cmUtMTIzNA=="
