// OpenBLAS's CBLAS and the LAPACKE C interface to LAPACK (Debian's
// libopenblas-dev and liblapacke-dev).
#include <cblas.h>
#include <lapacke.h>
