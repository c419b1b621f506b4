int checks = 0;
int expected = 0;
