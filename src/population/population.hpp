#pragma once
// The synthetic residents, one per real resident, as structure-of-arrays over slots. Each
// municipality owns a contiguous range of slots so that the monthly pass runs in parallel; the
// range has room for newcomers (births, immigrants), and slots freed by deaths and emigration
// are reused. A person's random draws are keyed by slot and month, which identify them uniquely.
#include <cstdint>
#include <functional>
#include <vector>

#include "core/parameters.hpp"
#include "core/sex.hpp"
#include "population/life_table.hpp"
#include "population/synthesis.hpp"
#include "region/region.hpp"

namespace regiotwin {

enum class Status : std::uint8_t { empty = 0, alive = 1, dead = 2, emigrated = 3 };

struct PersonRange {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct MunicipalitySlots {
  std::uint32_t begin = 0;
  std::uint32_t used_end = 0;  // slots at or past this have never held anyone
  std::uint32_t end = 0;
  std::vector<std::uint32_t> free;  // freed slots, reused last-in first-out
};

class Population {
 public:
  std::vector<std::uint16_t> age_months;  // age in completed months
  std::vector<Sex> sex;
  std::vector<Status> status;

  [[nodiscard]] std::size_t slots() const { return status.size(); }
  [[nodiscard]] std::size_t municipality_count() const { return municipalities_.size(); }
  // Every slot of municipality m, including room not yet used.
  [[nodiscard]] PersonRange range(std::size_t m) const { return {municipalities_[m].begin, municipalities_[m].end}; }
  [[nodiscard]] long long alive() const;
  [[nodiscard]] static constexpr std::size_t bytes_per_slot() {
    return sizeof(std::uint16_t) + sizeof(Sex) + sizeof(Status);
  }

  // Called between monthly passes, one municipality at a time: frees the slot of someone who
  // died or left, and places a newcomer (throws SimulationError when the reserve is used up).
  void release(std::size_t m, std::uint32_t slot) { municipalities_[m].free.push_back(slot); }
  std::uint32_t add(std::size_t m, std::uint16_t age_months, Sex sex);

  // Appends a municipality's slots: `residents` are filled by the caller, `reserve` stay empty.
  void append_municipality(std::size_t residents, std::size_t reserve);

 private:
  std::vector<MunicipalitySlots> municipalities_;
};

// How many empty slots to keep for newcomers in a municipality with these residents.
using ReserveFn = std::function<std::size_t(const AgeSexCounts&)>;

// One person per resident of every municipality, plus the reserve; the month within the year of
// age is drawn from the seed so that birthdays spread over the year.
Population synthesize(const Region& region, const ParameterSet& params, const LifeTable& life_table, std::uint64_t seed,
                      const ReserveFn& reserve = {});

}  // namespace regiotwin
