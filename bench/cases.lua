-- wrk script: the three representative cases, in turn, each to its route.
local cases = {}
local function load(route, file)
  local f = assert(io.open(file, "r"))
  local body = f:read("*a")
  f:close()
  table.insert(cases, wrk.format("POST", route, { ["Content-Type"] = "application/json" }, body))
end
local dir = os.getenv("BENCH_DIR") or "bench"
load("/v1/advice", dir .. "/cases/first-time-buyer-mip-90.json")
load("/v1/advice", dir .. "/cases/negative-equity-in-arrears.json")
load("/v1/pre-approval", dir .. "/cases/standard-70-pre-approval.json")
local i = 0
request = function()
  i = i + 1
  return cases[(i % #cases) + 1]
end
