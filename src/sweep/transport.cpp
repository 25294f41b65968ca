#include "sweep/transport.hpp"

#include <fmt/format.h>
#include <unistd.h>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <stdexcept>

#include "core/errors.hpp"
#include "sweep/mpi_transport.hpp"

namespace regiotwin {
namespace {

// MPI launchers tell their processes who they are through the environment: Open MPI's mpirun sets
// OMPI_COMM_WORLD_SIZE, MPICH's hydra and Slurm's PMI set PMI_SIZE, PMIx launchers PMIX_RANK. Asking
// MPI itself would need MPI_Init, which without a launcher starts a singleton runtime: slow, and
// noisy in containers.
bool started_by_mpi_launcher() {
  constexpr std::array names = {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"};
  return std::ranges::any_of(names, [](const char* name) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0';
  });
}

}  // namespace

std::string SerialTransport::host() const {
  std::array<char, 256> name{};
  if (::gethostname(name.data(), name.size() - 1) != 0) return "localhost";
  return {name.data()};
}

void SerialTransport::send(int to, Tag /*tag*/, std::span<const std::byte> /*bytes*/) {
  throw std::logic_error(fmt::format("a serial sweep has no rank {} to send to", to));
}

Message SerialTransport::receive() { throw std::logic_error("a serial sweep has no other rank to receive from"); }

bool mpi_available() {
#ifdef REGIOTWIN_HAVE_MPI
  return true;
#else
  return false;
#endif
}

std::unique_ptr<Transport> make_transport() {
  if (!started_by_mpi_launcher()) return std::make_unique<SerialTransport>();
#ifdef REGIOTWIN_HAVE_MPI
  return make_mpi_transport();
#else
  if (const char* size = std::getenv("OMPI_COMM_WORLD_SIZE"); size != nullptr && std::string_view(size) == "1") {
    return std::make_unique<SerialTransport>();
  }
  throw UsageError(
      "this regiotwin was built without MPI: run the sweep without mpirun (it uses the cores of this machine), or "
      "rebuild with the MPI development files installed (libopenmpi-dev)");
#endif
}

}  // namespace regiotwin
