// The account's own totals in the report JSON (creators[].account).
#pragma once

#include <nlohmann/json.hpp>

#include "creatorscope/creator.hpp"

namespace creatorscope {

nlohmann::json account_json(const AccountMetrics& account);

}  // namespace creatorscope
