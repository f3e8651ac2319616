-- wrk script: the three representative cases, in turn, to POST /v1/advice.
local cases = {}
local function load(route, file)
  local f = assert(io.open(file, "r"))
  local body = f:read("*a")
  f:close()
  -- wrk.format sends only the headers given: HTTP/1.1 needs Host, or the server answers 400.
  local headers = { ["Host"] = "127.0.0.1", ["Content-Type"] = "application/json" }
  table.insert(cases, wrk.format("POST", route, headers, body))
end
local dir = os.getenv("BENCH_DIR") or "bench"
load("/v1/advice", dir .. "/cases/first-time-buyer-mip-90.json")
load("/v1/advice", dir .. "/cases/negative-equity-in-arrears.json")
load("/v1/advice", dir .. "/cases/standard-70-pre-approval.json")
local i = 0
-- No response() callback: wrk's own "Non-2xx" count (which bench/http.sh prints) tells a broken request
-- from a fast one, and a Lua call per answer would cost the load generator, on the server's two cores,
-- for the advice route only.
request = function()
  i = i + 1
  return cases[(i % #cases) + 1]
end
