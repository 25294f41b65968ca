#pragma once
// A fingerprint of input files for run metadata (FNV-1a, 64 bits): it tells whether two runs read
// the same inputs; it is not a security measure.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace regiotwin {

std::uint64_t fnv1a64(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL);
std::string file_digest(const std::filesystem::path& file);  // 16 hex digits

}  // namespace regiotwin
