#pragma once
// The MPI implementation of the sweep transport; built only when CMake found MPI.
#include <memory>

#include "sweep/transport.hpp"

namespace regiotwin {

#ifdef REGIOTWIN_HAVE_MPI
// Initialises MPI (MPI_THREAD_FUNNELED: only the main thread calls MPI, computing threads do not);
// MPI_Finalize when the transport goes, unless aborted.
std::unique_ptr<Transport> make_mpi_transport();
#endif

}  // namespace regiotwin
