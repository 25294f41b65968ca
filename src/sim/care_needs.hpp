#pragma once
// A municipality's care needs of a month from its residents' profile: questions answered in contacts
// are expected from the residents by age and state and drawn as Poisson counts (a sum of persons'
// independent Poisson questions is Poisson); the needs for ongoing care are the persons in, entering
// and leaving the states that carry them. The engine's place pass and its benchmark share it.
#include <cstdint>

#include "care/care_system.hpp"
#include "core/rng.hpp"
#include "sim/stock_counter.hpp"

namespace regiotwin {

CareNeeds care_needs(const CareSettings& settings, const ResidentProfile& profile, const CounterRng& rng,
                     std::uint32_t municipality, std::uint32_t month_key);

}  // namespace regiotwin
