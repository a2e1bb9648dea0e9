# East Asian wide characters and tabs before the failing expression: carets line up by display width.
def f(x):
    return x


def 関数():
	値 = "日本語テキスト"; return f(値) + 1


関数()
