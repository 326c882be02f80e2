package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

func main() {
	// The page answers at "/" and at any other path, so that the site
	// works when served under a sub-path such as /name/.
	app.RouteFunc("/", newPlayground)
	app.RouteFallbackFunc(newPlayground) // third_party/go-app: no regexp linked
	app.RunWhenOnBrowser()
	generateMain()
}
