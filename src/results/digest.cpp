#include "results/digest.hpp"

#include <fmt/format.h>
#include <fstream>
#include <sstream>

#include "core/errors.hpp"

namespace regiotwin {

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string file_digest(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot open file", file.string()));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return fmt::format("{:016x}", fnv1a64(buffer.str()));
}

}  // namespace regiotwin
