# Dynamic programming: LCS, edit distance, knapsack, coin change, LIS, and memoised recursion with a dict.
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[-1][-1], "".join(reversed(out))
print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdefghij", "ecdgi"), lcs("", "abc"))
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print([edit_distance(a, b) for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"), ("intention", "execution")]])
def knapsack(items, cap):
    best = [0] * (cap + 1)
    for weight, value in items:
        for c in range(cap, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[cap]
print(knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7), knapsack([(10, 60), (20, 100), (30, 120)], 50))
def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]
def min_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] != INF else -1
print(coin_ways([1, 2, 5], 5), coin_ways([1, 5, 10, 25, 50], 100), min_coins([1, 3, 4], 6), min_coins([2], 3), min_coins([1, 7, 10], 14))
def lis(seq):
    tails = []
    for x in seq:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis(list(range(50))), lis(list(range(50, 0, -1))))
memo = {}
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print([partitions(n) for n in range(15)], partitions(100), len(memo))
def catalan(n):
    c = [1] + [0] * n
    for i in range(1, n + 1):
        c[i] = sum(c[j] * c[i - 1 - j] for j in range(i))
    return c
print(catalan(15))
grid = [[1, 3, 1, 2], [1, 5, 1, 9], [4, 2, 1, 1]]
rows, cols = len(grid), len(grid[0])
cost = [[0] * cols for _ in range(rows)]
for r in range(rows):
    for c in range(cols):
        up = cost[r - 1][c] if r else float("inf")
        left = cost[r][c - 1] if c else float("inf")
        cost[r][c] = grid[r][c] + (0 if r == c == 0 else min(up, left))
print(cost)
